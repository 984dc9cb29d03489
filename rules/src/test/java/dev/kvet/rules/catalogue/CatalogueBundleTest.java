package dev.kvet.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CatalogueBundleTest {

    @Test
    void theBuiltInCatalogueEqualsTheRuleFoldersReadOneByOne() {
        Catalogue folders = Catalogue.load(CatalogueBundleTest.class.getClassLoader());
        assertTrue(folders.rules().size() > 100, "the catalogue has its rules");
        assertEquals(folders.rules(), Catalogue.builtIn().rules());
    }
}
