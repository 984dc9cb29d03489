package dev.kvet.rules.code.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The good and bad values are those of Kubernetes' own tests, k8s.io/apimachinery/pkg/util/validation/
 * validation_test.go (TestIsDNS1123Label, TestIsDNS1123Subdomain, TestIsDNS1035Label, TestIsValidPortName,
 * TestIsQualifiedName, TestIsValidLabelValue), so kvet accepts exactly what the API server accepts.
 */
class NameSyntaxTest {

    @Test
    void dns1123Label() {
        assertValid(NameSyntax::dns1123Label, "a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a",
                "1-a", "1--a--b--2", "a".repeat(63));
        assertInvalid(NameSyntax::dns1123Label, "", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1",
                "_", "a_", "_a", "a_b", "1_", "_1", "1_2", ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a",
                "a b", "1 ", " 1", "1 2", "a".repeat(64));
    }

    @Test
    void dns1123Subdomain() {
        assertValid(NameSyntax::dns1123Subdomain, "a", "ab", "a--1--2--b", "0", "1--a--b--2", "a.a", "a--1--2--b.a",
                "a.1", "0.a", "1-a.a", "0.1", "1--a--b--2.1", "a.b.c.d.e", "1.2.3.4.5", "11.22.33.44.55",
                "a".repeat(253));
        assertInvalid(NameSyntax::dns1123Subdomain, "", "A", "aBc", "1-A", "-", "a-", "-a", "_", "a_b", ".", "a.",
                ".a", "a..b", "1.", ".1", "1..2", " ", "a b", "A.a", "aB.a", "ab.A", "1A.1", "a.B.c.d.e", "a@b",
                "a,b", "a;b", "a:b", "a%b", "a?b", "a$b", "a".repeat(254));
    }

    @Test
    void dns1035Label() {
        assertValid(NameSyntax::dns1035Label, "a", "ab", "abc", "a1", "a-1", "a--1--2--b", "a".repeat(63));
        assertInvalid(NameSyntax::dns1035Label, "0", "01", "012", "1a", "1-a", "1--a--b--2", "", "A", "aBc", "-",
                "a-", "-a", "_", "a_b", ".", "a.b", " ", "a b", "a".repeat(64));
    }

    @Test
    void portName() {
        assertValid(NameSyntax::portName, "telnet", "re-mail-ck", "pop3", "a", "a-1", "1-a", "a-1-b-2-c",
                "1-a-2-b-3");
        assertInvalid(NameSyntax::portName, "longerthan15characters", "", "a".repeat(16), "12345", "1-2-3-4",
                "-begin", "end-", "two--hyphens", "whois++");
    }

    @Test
    void labelKey() {
        assertValid(NameSyntax::labelKey, "simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple",
                "now-with-dashes/simple", "now.with.dots/simple", "1-num.2-num/3-num", "1234/5678", "1.2.3.4/5678",
                "Uppercase_Is_OK_123", "example.com/Uppercase_Is_OK_123", "requests.storage-foo", "a".repeat(63),
                "a".repeat(253) + "/" + "b".repeat(63));
        assertInvalid(NameSyntax::labelKey, "nospecialchars%^=@", "cantendwithadash-", "-cantstartwithadash-",
                "only/one/slash", "Example.com/abc", "example_com/abc", "example.com/", "/simple", "a".repeat(64),
                "a".repeat(254) + "/abc");
    }

    @Test
    void labelValue() {
        assertValid(NameSyntax::labelValue, "simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234",
                "a".repeat(63), "");
        assertInvalid(NameSyntax::labelValue, "nospecialchars%^=@", "Tama-nui-te-rā.is.Māori.sun",
                "\\backslashes\\are\\bad", "-starts-with-dash", "ends-with-dash-", ".starts.with.dot",
                "ends.with.dot.", "a".repeat(64));
    }

    @Test
    void envVarNameIsRelaxed() {
        assertValid(NameSyntax::envVarName, "MY_ENV", "my.env-name", "1STARTS_WITH_DIGIT", "with space", "a:b");
        assertInvalid(NameSyntax::envVarName, "", "A=B", "tab\there", "CAFÉ");
    }

    @Test
    void configKey() {
        assertValid(NameSyntax::configKey, "key.name", "KEY_NAME", "key-name", ".hidden", "a..b");
        assertInvalid(NameSyntax::configKey, "", ".", "..", "..data", "a/b", "a b", "a".repeat(254));
    }

    @Test
    void pathSegment() {
        assertValid(NameSyntax::pathSegment, "system:controller:x", "Any_Thing");
        assertInvalid(NameSyntax::pathSegment, ".", "..", "a/b", "a%b");
    }

    private static void assertValid(UnaryOperator<String> check, String... values) {
        for (String value : List.of(values)) {
            assertNull(check.apply(value), "'" + value + "' should be valid");
        }
    }

    private static void assertInvalid(UnaryOperator<String> check, String... values) {
        for (String value : List.of(values)) {
            assertNotNull(check.apply(value), "'" + value + "' should be invalid");
        }
    }
}
