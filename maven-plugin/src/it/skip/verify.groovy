// -Dkvet.skip skips the check: the manifests are broken, yet the build succeeds and writes no report.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] kvet: skipped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/kvet').exists()
