namespace DomainKit.Cadres;

/// <summary>The votes of a year's democratic appraisal (民主测评) of a cadre, by grade (PD-07 (2)).</summary>
/// <param name="Year">The year.</param>
/// <param name="Excellent">Votes for excellent.</param>
/// <param name="Competent">Votes for competent.</param>
/// <param name="BasicallyCompetent">Votes for basically competent.</param>
/// <param name="Incompetent">Votes for incompetent.</param>
/// <param name="Cast">The votes cast: the four counts must add up to it.</param>
public sealed record AppraisalVotes(int Year, int Excellent, int Competent, int BasicallyCompetent, int Incompetent, int Cast);
