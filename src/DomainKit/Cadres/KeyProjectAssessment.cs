namespace DomainKit.Cadres;

/// <summary>A quarterly assessment of a key project, judged by actual results (SX-CA-09).</summary>
/// <param name="Year">The year.</param>
/// <param name="Quarter">The quarter, 1 to 4.</param>
/// <param name="ProjectId">The project's opaque ID.</param>
/// <param name="Grade">The grade the quarter's results earned.</param>
public sealed record KeyProjectAssessment(int Year, int Quarter, string ProjectId, AssessmentGrade Grade);
