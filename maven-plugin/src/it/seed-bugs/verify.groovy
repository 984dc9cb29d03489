// The seed bugs fail the build; each is logged with file:[line,column] so IDEs link it, and the reports are written.
def log = new File(basedir, 'build.log').text
def manifest = new File(basedir, 'src/main/k8s/yaml-mistakes.yaml').canonicalPath
assert log.contains("[ERROR] ${manifest}:[6,3] yaml/duplicate-key key 'name' is repeated (first at line 5)")
assert log.contains("[ERROR] ${manifest}:[8,17] schema/wrong-type ENABLE_CACHE must be a string, not a boolean [ConfigMap/feature-flags]")
assert log.contains("[ERROR] ${manifest}:[17,1] yaml/tab-indentation a tab character is used for indentation")
assert log =~ /\[ERROR\] Failed to execute goal dev\.kvet:kvet-maven-plugin:[^ ]+:check .*: kvet: 3 errors, 0 warnings, 0 info in 1 file \(1 object\) \(failOn: error\)/
assert log.contains('BUILD FAILURE')
def sarif = new File(basedir, 'target/kvet/kvet.sarif').text
assert sarif.contains('"ruleId" : "yaml/duplicate-key"')
assert sarif.contains('"uri" : "src/main/k8s/yaml-mistakes.yaml"') || sarif.contains('yaml-mistakes.yaml')
def codequality = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/kvet/kvet-codequality.json'))
assert codequality instanceof List && codequality.size() == 3
assert codequality.every { it.location.path.endsWith('src/main/k8s/yaml-mistakes.yaml') && it.severity == 'critical' }
assert codequality*.check_name.contains('yaml/duplicate-key')
