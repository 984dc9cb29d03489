package dev.kvet.rules.code.validation;

import dev.kvet.document.YamlScalar;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.rules.code.CodeRule;
import dev.kvet.rules.code.RuleFindings;

/** A CronJob's schedule must be a cron expression the API server accepts. */
public final class CronJobSchedule implements CodeRule {

    private static final JsonPointer SCHEDULE = JsonPointer.of("spec", "schedule");

    @Override
    public void checkObject(KubeObject object, RuleFindings findings) {
        if ("CronJob".equals(object.kind()) && object.node(SCHEDULE) instanceof YamlScalar scalar
                && scalar.stringValue() != null) {
            String problem = CronSchedule.problem(scalar.text());
            if (problem != null) {
                findings.atValue(object, SCHEDULE, "schedule \"" + scalar.text() + "\" " + problem,
                        "write minute hour day-of-month month day-of-week, e.g. \"30 2 * * 1-5\", or @daily");
            }
        }
    }
}
