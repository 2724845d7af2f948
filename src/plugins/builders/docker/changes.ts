// The Dockerfile instructions a `changes` line may use (docker commit --change), checked when the template loads.
import { didYouMean } from '../../../hcl/diagnostics/suggest.js';

/** Moby's validCommitCommands. */
export const changeInstructions = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'ONBUILD', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'] as const;

/** The Dockerfile instruction a `changes` line sets (upper case), e.g. "CMD". */
export function instructionOf(change: string): string {
  return (/^\s*([A-Za-z]+)/.exec(change)?.[1] ?? '').toUpperCase();
}

/** Why a `changes` line would be rejected by the engine at commit time, or undefined when it is fine. */
export function changeProblem(change: string): string | undefined {
  const instruction = instructionOf(change);
  if (instruction === '') return `The change ${JSON.stringify(change)} does not start with a Dockerfile instruction (${changeInstructions.join(', ')}).`;
  if ((changeInstructions as readonly string[]).includes(instruction)) return undefined;
  return (
    `The change ${JSON.stringify(change)} uses the instruction ${instruction}, which a commit cannot apply; ` +
    `use one of ${changeInstructions.join(', ')}.${didYouMean(instruction, changeInstructions)}`
  );
}
