using DomainKit.Explanations;

namespace DomainKit.Cadres;

/// <summary>A grade distribution within the excellent quota (CA-06).</summary>
/// <param name="Assessed">How many were assessed.</param>
/// <param name="Quota">The most who may be graded excellent.</param>
/// <param name="ProposedExcellent">How many the distribution grades excellent.</param>
/// <param name="Explanation">The steps, citing CA-06 and its parameters.</param>
public sealed record QuotaCheck(int Assessed, int Quota, int ProposedExcellent, Explanation Explanation);
