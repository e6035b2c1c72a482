package de.foerderlotse.gateway;

import de.foerderlotse.infra.test.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Token verification, the real Kafka broker the alert stream reads from (the database the resource
 * also prepares is unused: the gateway has none), the echo server standing in for services, and a
 * service that never answers.
 */
@QuarkusTestResource(
    value = InfraTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(EchoServiceResource.class)
@QuarkusTestResource(FrozenServiceResource.class)
public class GatewayTestResources {}
