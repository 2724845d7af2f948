#!/usr/bin/perl
# A tiny static file server using only perl-base (in every Debian image): serves a directory over HTTP/1.0.
use strict;
use warnings;
use IO::Socket::INET;

my $root = $ARGV[0] // '/var/www';
my $port = $ENV{PORT} // 80;
my %types = (html => 'text/html; charset=utf-8', css => 'text/css', txt => 'text/plain; charset=utf-8');
$| = 1;
$SIG{TERM} = $SIG{INT} = sub { exit 0 };

my $server = IO::Socket::INET->new(LocalPort => $port, Listen => 16, ReuseAddr => 1)
  or die "cannot listen on port $port: $!\n";
print "serving $root on port $port\n";

while (my $client = $server->accept) {
  my $request = <$client> // '';
  while (my $header = <$client>) { last if $header =~ /^\r?$/ }
  my ($path) = $request =~ m{^(?:GET|HEAD) (/[^ ?#]*)};
  $path .= 'index.html' if defined $path && $path =~ m{/$};
  my $file = defined $path && $path !~ m{/\.\.} ? "$root$path" : undef;
  if (defined $file && -f $file && open(my $fh, '<:raw', $file)) {
    my $body = do { local $/; <$fh> };
    my ($ext) = $file =~ /\.(\w+)$/;
    my $type = $types{$ext // ''} // 'application/octet-stream';
    print $client "HTTP/1.0 200 OK\r\nContent-Type: $type\r\nContent-Length: " . length($body) . "\r\n\r\n";
    print $client $body unless $request =~ /^HEAD/;
    print "200 $path\n";
  } else {
    print $client "HTTP/1.0 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nnot found\n";
    print "404 ", $path // '-', "\n";
  }
  close $client;
}
