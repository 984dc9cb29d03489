// The clean project builds, and every default report is written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] kvet: 0 errors, 0 warnings, 0 info in 2 files (6 objects)')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/kvet')
['kvet.sarif', 'kvet-junit.xml', 'kvet.json'].each { name ->
    assert new File(reports, name).isFile() : "missing report ${name}"
}
assert new File(reports, 'kvet.sarif').text.contains('"version" : "2.1.0"')
assert new File(reports, 'kvet-junit.xml').text.contains('<testcase name="Deployment shop/web (document 3)"')
