package de.foerderlotse.gateway;

import de.foerderlotse.infra.test.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The gateway needs no database or broker: only token verification and its downstream services. */
@QuarkusTestResource(
    value = InfraTestResource.class,
    initArgs = @ResourceArg(name = "infrastructure", value = "none"))
@QuarkusTestResource(EchoServiceResource.class)
public class GatewayTestResources {}
