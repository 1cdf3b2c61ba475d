namespace DomainKit.Cadres;

/// <summary>An incentive measure recommended, with the rule and the evidence behind it.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Evidence">What shows it: the grade and composite score, by field path; never personal data.</param>
public sealed record IncentiveRecommendation(IncentiveMeasure Measure, string RuleId, string Evidence);
