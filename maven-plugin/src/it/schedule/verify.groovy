// Three replicas on two nodes that fit two: the third stays Pending, with kube-scheduler's reason, and the build fails.
def log = new File(basedir, 'build.log').text
def manifest = new File(basedir, 'src/main/k8s/workloads.yaml').canonicalPath
assert log.contains("[ERROR] ${manifest}:[7,3] schedule/pending-pod api-2 stays Pending: 0/2 nodes are available: 2 Insufficient memory.")
assert log =~ /\[ERROR\] Failed to execute goal dev\.kvet:kvet-maven-plugin:[^ ]+:schedule .*: kvet: 2 of 3 pods placed on 2 nodes; .* \(Pending: api-2\)/
def json = new File(basedir, 'target/kvet/kvet-schedule.json').text
assert json.contains('"pending" : 1')
assert new File(basedir, 'target/kvet/kvet-schedule.html').text.contains('api-2')
