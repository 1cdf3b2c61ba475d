using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>The parts of a household before validation; its property names are the JSON field names.</summary>
internal sealed record HouseholdCandidate(ImmutableArray<HouseholdMember> Members, HouseholdAssets Assets, DibaoHistory? DibaoHistory);
