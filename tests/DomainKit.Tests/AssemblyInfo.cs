using DomainKit.Tests.Traceability;

// The traceability tests read which rules the rest of the suite made the library cite, so they run last, after every
// other collection has finished: the collections run one after another.
[assembly: RecordCitations]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestCollectionOrderer("DomainKit.Tests.Traceability.TraceabilityLastOrderer", "DomainKit.Tests")]
