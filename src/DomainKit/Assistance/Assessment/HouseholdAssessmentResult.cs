namespace DomainKit.Assistance;

/// <summary>
/// The fast path's answer for one household across the programmes: dibao, extreme poverty, margin
/// (with single-member dibao) and the total medical assistance for its bills.
/// </summary>
/// <remarks>
/// Each part equals what the programme's own fast path returns. This type is an immutable value
/// type and is thread-safe.
/// </remarks>
public readonly struct HouseholdAssessmentResult : IEquatable<HouseholdAssessmentResult>
{
    /// <summary>Creates a result.</summary>
    /// <param name="dibao">The dibao assessment.</param>
    /// <param name="extremePoverty">The extreme-poverty assessment.</param>
    /// <param name="margin">The margin assessment.</param>
    /// <param name="medicalAssistance">The medical assistance for every bill, in total.</param>
    /// <param name="expenditure">Expenditure hardship, or null when not assessed (no claim, or the policy does not set it).</param>
    /// <param name="temporary">Temporary assistance, or null when not assessed (no request, or the policy does not set it).</param>
    /// <param name="education">Education assistance, or null when the policy does not set it.</param>
    public HouseholdAssessmentResult(
        DibaoAssessment dibao,
        ExtremePovertyAssessment extremePoverty,
        MarginAssessment margin,
        Money medicalAssistance,
        ExpenditureAssessment? expenditure = null,
        TemporaryAssessment? temporary = null,
        EducationAssessment? education = null)
    {
        Dibao = dibao;
        ExtremePoverty = extremePoverty;
        Margin = margin;
        MedicalAssistance = medicalAssistance;
        Expenditure = expenditure;
        Temporary = temporary;
        Education = education;
    }

    /// <summary>Creates a result that also carries the means test the programmes shared (HH-03, HH-04).</summary>
    internal HouseholdAssessmentResult(
        DibaoAssessment dibao,
        ExtremePovertyAssessment extremePoverty,
        MarginAssessment margin,
        Money medicalAssistance,
        ExpenditureAssessment? expenditure,
        TemporaryAssessment? temporary,
        EducationAssessment? education,
        int countedMembers,
        Money countedIncome)
        : this(dibao, extremePoverty, margin, medicalAssistance, expenditure, temporary, education)
    {
        CountedMembers = countedMembers;
        CountedIncome = countedIncome;
    }

    /// <summary>Dibao (DB-01, DB-02).</summary>
    public DibaoAssessment Dibao { get; }

    /// <summary>Extreme poverty (TK-01).</summary>
    public ExtremePovertyAssessment ExtremePoverty { get; }

    /// <summary>Margin (MD-01, MD-02).</summary>
    public MarginAssessment Margin { get; }

    /// <summary>Medical assistance for the bills assessed, in total (zero without bills).</summary>
    public Money MedicalAssistance { get; }

    /// <summary>Expenditure hardship, or null when not assessed.</summary>
    public ExpenditureAssessment? Expenditure { get; }

    /// <summary>Temporary assistance, or null when not assessed.</summary>
    public TemporaryAssessment? Temporary { get; }

    /// <summary>Education assistance, or null when not assessed.</summary>
    public EducationAssessment? Education { get; }

    /// <summary>The members the means test counted (HH-01, HH-02); zero when the result was built without its means test.</summary>
    public int CountedMembers { get; }

    /// <summary>
    /// The counted members' income over the means test's window (HH-03, HH-04), before any assistance; zero when the result was built
    /// without its means test.
    /// </summary>
    public Money CountedIncome { get; }

    /// <summary>The recurring monthly cash benefit: dibao, or single-member dibao for a margin household.</summary>
    public Money MonthlyCash => Dibao.MonthlyBenefit + Margin.SingleMemberDibaoMonthly;

    /// <summary>
    /// Whether the household belongs to the low-income population (EX-04): dibao, extreme poverty, margin, or
    /// expenditure hardship when the household brought an expenditure claim.
    /// </summary>
    public bool IsLowIncome => Dibao.IsEligible || ExtremePoverty.IsEligible || Margin.IsMargin || Expenditure is { IsEligible: true };

    /// <summary>Whether the household qualifies for a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns><see langword="true"/> when it does (for medical assistance: when any bill is paid).</returns>
    public bool Qualifies(Programme programme) => programme switch
    {
        Programme.Dibao => Dibao.IsEligible,
        Programme.ExtremePoverty => ExtremePoverty.IsEligible,
        Programme.Margin => Margin.IsMargin,
        Programme.SingleMemberDibao => !Margin.SingleMemberDibao.IsEmpty,
        Programme.MedicalAssistance => MedicalAssistance > Money.Zero,
        Programme.ExpenditureHardship => Expenditure is { IsEligible: true },
        Programme.TemporaryAssistance => Temporary is { Granted: true } grant && grant.Amount > Money.Zero,
        Programme.EducationAssistance => Education is { IsEligible: true },
        _ => false,
    };

    /// <summary>
    /// The amount of a programme: monthly for dibao and single-member dibao, for the bills for medical
    /// assistance, for the request for temporary assistance, per year for education assistance, zero for statuses.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The amount.</returns>
    public Money Amount(Programme programme) => programme switch
    {
        Programme.Dibao => Dibao.MonthlyBenefit,
        Programme.SingleMemberDibao => Margin.SingleMemberDibaoMonthly,
        Programme.MedicalAssistance => MedicalAssistance,
        Programme.TemporaryAssistance => Temporary?.Amount ?? Money.Zero,
        Programme.EducationAssistance => Education?.AnnualTotal ?? Money.Zero,
        _ => Money.Zero,
    };

    /// <inheritdoc />
    public static bool operator ==(HouseholdAssessmentResult left, HouseholdAssessmentResult right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(HouseholdAssessmentResult left, HouseholdAssessmentResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(HouseholdAssessmentResult other) =>
        Dibao == other.Dibao && ExtremePoverty == other.ExtremePoverty && Margin == other.Margin && MedicalAssistance == other.MedicalAssistance
        && Nullable.Equals(Expenditure, other.Expenditure) && Nullable.Equals(Temporary, other.Temporary) && Nullable.Equals(Education, other.Education)
        && CountedMembers == other.CountedMembers && CountedIncome == other.CountedIncome;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HouseholdAssessmentResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Dibao, ExtremePoverty, Margin, MedicalAssistance, Expenditure, Temporary, Education), CountedMembers, CountedIncome);

    /// <inheritdoc />
    public override string ToString() => $"{Dibao}; {ExtremePoverty}; {Margin}; medical {MedicalAssistance}";
}
