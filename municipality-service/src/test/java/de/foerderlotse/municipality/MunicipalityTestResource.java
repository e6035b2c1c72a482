package de.foerderlotse.municipality;

import de.foerderlotse.infra.test.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this service runs against its own database on the shared real servers. */
@QuarkusTestResource(
    value = InfraTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "municipality"))
public class MunicipalityTestResource {}
