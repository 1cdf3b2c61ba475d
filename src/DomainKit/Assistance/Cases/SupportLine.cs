namespace DomainKit.Assistance;

/// <summary>One need of a household and the support it got from every source (ZF-MP-03).</summary>
/// <param name="Need">The need.</param>
/// <param name="Government">Paid by government programmes, net of recoveries.</param>
/// <param name="Charity">Paid by charity projects and named funds, net of recoveries.</param>
/// <param name="Unmet">Recorded as still unmet after government programmes paid, less what charity committed.</param>
/// <param name="Services">Services recorded for it.</param>
public sealed record SupportLine(Need Need, Money Government, Money Charity, Money Unmet, int Services);
