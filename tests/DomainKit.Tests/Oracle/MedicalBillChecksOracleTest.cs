using System.Collections.Immutable;
using DomainKit.Assistance;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// <see cref="MedicalClaim.Create"/> checks a bill by hand; the FluentValidation validator it replaced is the oracle. On
/// any bill (members outside the household, negative and huge amounts, payments above the total, too many stages, bad
/// stage amounts, lists left uninitialised) both give the same errors, paths, codes, messages and order.
/// </summary>
public sealed class MedicalBillChecksOracleTest
{
    private static readonly FluentMedicalBillValidator Oracle = new();

    private static readonly Household TwoMembers = Household.Create(
    [
        new HouseholdMember { Relation = Relation.Applicant, BirthDate = new NodaTime.LocalDate(1970, 1, 1) },
        new HouseholdMember { Relation = Relation.Child, BirthDate = new NodaTime.LocalDate(2000, 1, 1) },
    ]).Value;

    private static Gen<Money> AnyAmount { get; } = Gen.Frequency(
        (8, Gen.Choose(0, 2_000_000).Select(fen => Money.FromFen(fen))),
        (1, Gen.Choose(-3, -1).Select(fen => Money.FromFen(fen))),
        (1, Gen.Elements(Household.MaxAmountYuan * 100, Household.MaxAmountYuan * 100 + 1, long.MaxValue / 8).Select(Money.FromFen)));

    private static Gen<ImmutableArray<Money>> AnyStages { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(AnyAmount, count)).Select(items => items.ToImmutableArray())),
        (1, Gen.Choose(MedicalAssistanceScheme.MaxStages, MedicalAssistanceScheme.MaxStages + 2).SelectMany(count => Gen.ArrayOf(AnyAmount, count)).Select(items => items.ToImmutableArray())),
        (1, Gen.Constant(default(ImmutableArray<Money>))));

    private static Gen<MedicalBill> AnyBill { get; } =
        from member in Gen.Frequency((8, Gen.Choose(0, 1)), (1, Gen.Elements(-1, 2, int.MinValue)))
        from total in AnyAmount
        from excluded in Gen.Frequency((3, Gen.Constant(Money.Zero)), (2, AnyAmount))
        from basic in Gen.Frequency((3, Gen.Constant(Money.Zero)), (2, AnyAmount))
        from critical in Gen.Frequency((3, Gen.Constant(Money.Zero)), (1, AnyAmount))
        from supplementary in Gen.Frequency((3, Gen.Constant(Money.Zero)), (1, AnyAmount))
        from paid in AnyStages
        from met in AnyStages
        from edge in Gen.Choose(-1, 4)
        let parts = excluded.Fen + basic.Fen + critical.Fen + supplementary.Fen
        select new MedicalBill
        {
            MemberIndex = member,
            // Sometimes exactly the sum of the payments and exclusions, or a fen either side of it.
            TotalCost = edge <= 1 && parts is >= 1 and < Household.MaxAmountYuan * 100 ? Money.FromFen(parts + edge) : total,
            ExcludedCost = excluded,
            BasicInsurancePaid = basic,
            CriticalIllnessInsurancePaid = critical,
            SupplementaryPaid = supplementary,
            AlreadyPaidThisYear = paid,
            DeductibleMetThisYear = met,
        };

    [Fact]
    public void Hand_written_checks_give_the_oracle_validators_errors_on_any_bill()
    {
        var invalid = ValidationOracle.Compare(
            AnyBill.Sample(3_000, 30),
            bill => Errors.FromFluent(Oracle.Validate(new MedicalBillCandidate(TwoMembers, bill))),
            bill => MedicalClaim.Create(TwoMembers, bill));

        // The generator must reach both sides, or the comparison says nothing.
        Assert.InRange(invalid, 300, 2_700);
    }
}
