namespace DomainKit.Marten.Tests;

/// <summary>Every test that uses the server runs in this one collection, one at a time: one of them kills the server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
