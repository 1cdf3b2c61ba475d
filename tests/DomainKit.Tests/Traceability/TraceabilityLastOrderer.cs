using Xunit.Abstractions;
using Xunit.Sdk;

namespace DomainKit.Tests.Traceability;

/// <summary>
/// Runs the traceability tests' collection after every other, so that they read the citations of the whole run; the
/// other collections keep their order.
/// </summary>
public sealed class TraceabilityLastOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.Contains(nameof(TraceabilityTest), StringComparison.Ordinal) ? 1 : 0);
}
