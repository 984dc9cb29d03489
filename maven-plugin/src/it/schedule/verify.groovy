// Three replicas on two nodes that fit two: the third stays Pending, with kube-scheduler's reason; a pod naming
// node-a is refused by its kubelet; the build fails and every output counts them apart.
def log = new File(basedir, 'build.log').text
def manifest = new File(basedir, 'src/main/k8s/workloads.yaml').canonicalPath
assert log.contains("[ERROR] ${manifest}:[7,3] schedule/pending-pod api-2 stays Pending: 0/2 nodes are available: 2 Insufficient memory.")
assert log =~ /\[ERROR\] Failed to execute goal dev\.kvet:kvet-maven-plugin:[^ ]+:schedule .*: kvet: 2\/4 pods scheduled on 2 nodes, 1 pending, 1 refused; .* \(Pending: api-2; Refused: pinned\)/
def json = new File(basedir, 'target/kvet/kvet-schedule.json').text
assert json.contains('"pending" : 1')
assert json.contains('"refused" : 1')
def html = new File(basedir, 'target/kvet/kvet-schedule.html').text
assert html.contains('api-2')
assert html.contains('<b>1</b> refused')
