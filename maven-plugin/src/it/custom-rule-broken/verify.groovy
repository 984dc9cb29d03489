// A custom rule with Java code is a setup error: one line naming the file and line, the build stops, no report.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Failed to execute goal dev\.kvet:kvet-maven-plugin:[^ ]+:check .*: kvet: .*no-load-balancer\.yaml:7:1: 'implementation' is not allowed in a custom rule/
assert log.contains('BUILD FAILURE')
assert !log.contains('Exception in thread') && !log.contains('\tat dev.kvet')
