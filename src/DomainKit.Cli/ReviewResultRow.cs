namespace DomainKit.Cli;

/// <summary>
/// One household's review result as a row of a table (the fields of <c>domainkit/review-result@2</c>): where it was
/// read, its key, the programme tokens it qualifies for separated by spaces, and its amounts in yuan.
/// </summary>
internal readonly record struct ReviewResultRow(
    long Line,
    string? Household,
    string Qualifying,
    decimal MonthlyCash,
    decimal DibaoMonthly,
    decimal SingleMemberDibaoMonthly,
    decimal MedicalAssistance);
