using System.Collections.Immutable;
using DomainKit.Assistance;

namespace DomainKit.Tests.Oracle;

/// <summary>The parts of a household before validation, as the oracle validator reads them; its property names are the JSON field names.</summary>
internal sealed record HouseholdCandidate(ImmutableArray<HouseholdMember> Members, HouseholdAssets Assets, DibaoHistory? DibaoHistory);
