namespace DomainKit.Cadres;

/// <summary>A cadre's grade for a year (CA-01).</summary>
/// <param name="Year">The year assessed.</param>
/// <param name="Grade">The grade.</param>
public sealed record AnnualAssessment(int Year, AssessmentGrade Grade);
