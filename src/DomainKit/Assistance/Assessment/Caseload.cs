namespace DomainKit.Assistance;

/// <summary>
/// Households and their claims laid out for bulk assessment: every member's facts in one contiguous array, every bill's
/// in another, and one row per household, so <see cref="HouseholdAssessment.AssessAll(Caseload, AssistanceTerms, Span{HouseholdAssessmentResult})"/>
/// streams through memory instead of following each household's objects. Build it once and assess it under as many
/// policy sets and dates as needed.
/// </summary>
/// <remarks>
/// A caseload copies what the rules read rather than keeping the household objects, so the households it was built
/// from may be released; a household in which one patient brings two bills keeps its bills as claims, which are
/// decided in the year's order (MA-03, MA-05). The outcomes are exactly those of
/// <see cref="HouseholdAssessment.Assess(HouseholdClaims, AssistanceTerms)"/> for each household. Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed class Caseload
{
    private readonly ReadOnlyMemory<CaseloadRow> rows;
    private readonly MemberFacts[] members;
    private readonly BillFacts[] bills;

    private Caseload(ReadOnlyMemory<CaseloadRow> rows, MemberFacts[] members, BillFacts[] bills)
    {
        this.rows = rows;
        this.members = members;
        this.bills = bills;
    }

    /// <summary>The number of households.</summary>
    public int Count => rows.Length;

    /// <summary>A part of the caseload, sharing its arrays: for example one part per core.</summary>
    /// <param name="start">The position of the first household.</param>
    /// <param name="length">The number of households.</param>
    /// <returns>The households from <paramref name="start"/>, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the caseload.</exception>
    public Caseload Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Count);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Count - start);
        return new Caseload(rows.Slice(start, length), members, bills);
    }

    /// <summary>Lays out households and their claims, in the order given.</summary>
    /// <param name="caseload">The households and their claims.</param>
    /// <returns>The caseload.</returns>
    /// <exception cref="ArgumentNullException">An entry is null.</exception>
    public static Caseload Create(ReadOnlySpan<HouseholdClaims> caseload)
    {
        var memberCount = 0;
        var billCount = 0;
        foreach (var claims in caseload)
        {
            ArgumentNullException.ThrowIfNull(claims, nameof(caseload));
            memberCount += claims.Household.Facts.Length;
            billCount += claims.MedicalClaims.Length;
        }

        var rows = new CaseloadRow[caseload.Length];
        var members = new MemberFacts[memberCount];
        var bills = new BillFacts[billCount];
        var nextMember = 0;
        var nextBill = 0;
        for (var i = 0; i < caseload.Length; i++)
        {
            var claims = caseload[i];
            var household = claims.Household;
            household.Facts.CopyTo(members.AsSpan(nextMember));
            var medicalClaims = claims.MedicalClaims.AsSpan();
            for (var b = 0; b < medicalClaims.Length; b++)
            {
                bills[nextBill + b] = new BillFacts(medicalClaims[b].Bill);
            }

            rows[i] = new CaseloadRow(
                nextMember,
                household.Facts.Length,
                nextBill,
                medicalClaims.Length,
                household.Assets,
                household.DibaoHistory,
                claims.Expenditure,
                claims.Temporary,
                MedicalYear.AnyPatientTwice(medicalClaims) ? medicalClaims.ToArray() : null);
            nextMember += household.Facts.Length;
            nextBill += medicalClaims.Length;
        }

        return new Caseload(rows, members, bills);
    }

    /// <inheritdoc cref="Create(ReadOnlySpan{HouseholdClaims})"/>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> or an entry is null.</exception>
    public static Caseload Create(IEnumerable<HouseholdClaims> caseload)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        return Create((caseload as HouseholdClaims[] ?? [.. caseload]).AsSpan());
    }

    /// <summary>The household at a position, as the fast path reads it.</summary>
    internal HouseholdView View(in CaseloadRow row) =>
        new(members.AsSpan(row.MemberStart, row.MemberCount), row.FinancialAssetsFen, row.HomesOwned, row.BusinessEquityFen, row.DibaoHistory);

    /// <summary>The household's bills, in the order given.</summary>
    internal ReadOnlySpan<BillFacts> Bills(in CaseloadRow row) => bills.AsSpan(row.BillStart, row.BillCount);

    /// <summary>The rows, one per household, in order.</summary>
    internal ReadOnlySpan<CaseloadRow> Rows => rows.Span;
}
