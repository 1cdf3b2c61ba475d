namespace DomainKit.Assistance;

/// <summary>The figures of a temporary-assistance decision, shared by the fast and explained paths.</summary>
internal readonly record struct TemporaryFigures(int CountedMembers, Rate Months, Money Computed, TemporaryAssessment Assessment);
