using System.Collections.Immutable;
using DomainKit.Cadres;
using DomainKit.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Cadres;

/// <summary>
/// Cross-mechanism consistency over generated cadre histories: a tolerated mistake never triggers a step-down nor
/// bars promotion, a sanction period always bars promotion, a better grade never makes the outcome worse, more
/// incompetent votes never remove a trigger, tolerance is monotone in exclusions and factors, every step-down
/// names its trigger, rule and evidence, and a promotion recommendation never stands beside a bar or a step-down.
/// </summary>
public class CadrePropertyTest
{
    private static readonly LocalDate Epoch = new(2015, 1, 1);
    private static readonly CadreTerms Terms = CadreTerms.Resolve(PolicySets.Shaanxi2016, new LocalDate(2026, 3, 1)).Value;

    private static Gen<LocalDate> DateGen => Gen.Choose(0, 12 * 366).Select(days => Epoch.PlusDays(days));

    private static Gen<int> YearGen => Gen.Choose(2015, 2026);

    private static Gen<AppraisalVotes> VotesGen(int year) =>
        from excellent in Gen.Choose(0, 40)
        from competent in Gen.Choose(0, 60)
        from basic in Gen.Choose(0, 30)
        from incompetent in Gen.Choose(0, 30)
        where excellent + competent + basic + incompetent > 0
        select new AppraisalVotes(year, excellent, competent, basic, incompetent, excellent + competent + basic + incompetent);

    public static Arbitrary<CadreRecord> Records() => Arb.From(
        from principal in Gen.Elements(true, false)
        from gradeYears in Gen.SubListOf(Enumerable.Range(2015, 12).ToArray())
        from grades in Gen.ListOf(Gen.Elements(Enum.GetValues<AssessmentGrade>()), gradeYears.Count)
        from voteYears in Gen.SubListOf(Enumerable.Range(2020, 7).ToArray())
        from votes in Gen.CollectToList(voteYears, VotesGen)
        from ratingYears in Gen.SubListOf(Enumerable.Range(2020, 7).ToArray())
        from ratings in Gen.ListOf(Gen.Elements(Enum.GetValues<UnitRating>()), ratingYears.Count)
        from sanctionCount in Gen.Choose(0, 3)
        from sanctions in Gen.ListOf(from kind in Gen.Elements(Enum.GetValues<SanctionKind>()) from day in DateGen select new Sanction(kind, day), sanctionCount)
        from mistakeCount in Gen.Choose(0, 3)
        from mistakeDates in Gen.ListOf(DateGen, mistakeCount)
        from outcomes in Gen.ListOf(Gen.Elements<CorrectionOutcome?>(null, CorrectionOutcome.Corrected, CorrectionOutcome.NotCorrected), mistakeCount)
        from adjustments in Gen.ListOf(from day in DateGen from method in Gen.Elements(Enum.GetValues<AdjustmentMethod>()) from accountable in Gen.Elements(true, false) select new Adjustment(day, method, accountable), 2)
        select new CadreRecord
        {
            Id = "cadre-1",
            PrincipalLeader = principal,
            Assessments = [.. gradeYears.Zip(grades, (y, g) => new AnnualAssessment(y, g))],
            Appraisals = [.. votes],
            UnitRatings = [.. ratingYears.Zip(ratings, (y, r) => new UnitRatingRecord(y, r))],
            Sanctions = [.. sanctions],
            ToleratedMistakes = [.. mistakeDates.Select((d, i) => new ToleratedMistake($"m-{i}", d, i % 2 == 0 ? ToleranceOutcome.Exempted : ToleranceOutcome.Mitigated))],
            Corrections = [.. mistakeDates.Select((d, i) => new CorrectionOrder($"m-{i}", d, d.PlusDays(20), outcomes[i], outcomes[i] is null ? null : d.PlusDays(21)))],
            Adjustments = [.. adjustments],
        });

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    [Trait("rule", "SX-FT-03")]
    public bool ToleratedMistakes_NeverTriggerAStepDown_NorBarPromotion(CadreRecord record, PositiveInt extra)
    {
        var cadre = Cadre.Create(record).Value;
        var more = Cadre.Create(record with
        {
            ToleratedMistakes = record.ToleratedMistakes.AddRange(Enumerable.Range(0, extra.Get % 5).Select(i => new ToleratedMistake($"extra-{i}", Epoch.PlusDays(i * 97), ToleranceOutcome.Exempted))),
        }).Value;
        return Enumerable.Range(2015, 12).All(year => StepDown.Review(cadre, year, Terms) == StepDown.Review(more, year, Terms))
            && Promotion.Bars(cadre, Terms).SequenceEqual(Promotion.Bars(more, Terms));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    [Trait("rule", "SX-FT-03")]
    public bool ToleratedMistakes_ChangeNoGradeConsequence_NorAnyIncentiveMeasure(CadreRecord record, PositiveInt extra)
    {
        var incentive = CadreTerms.Resolve(CadreIncentiveTest.Policy, new LocalDate(2026, 3, 1)).Value;
        var cadre = Cadre.Create(record).Value;
        var more = Cadre.Create(record with
        {
            ToleratedMistakes = record.ToleratedMistakes.AddRange(Enumerable.Range(0, 1 + (extra.Get % 4)).Select(i => new ToleratedMistake($"extra-{i}", Epoch.PlusDays(i * 131), ToleranceOutcome.Mitigated))),
        }).Value;
        return cadre.Assessments.All(a =>
            Assessment.Consequences(cadre, a.Year, Terms).Value == Assessment.Consequences(more, a.Year, Terms).Value
            && Incentive.Assess(cadre, a.Year, new LocalDate(a.Year + 1, 3, 1), incentive).Value.Recommendations.SequenceEqual(Incentive.Assess(more, a.Year, new LocalDate(a.Year + 1, 3, 1), incentive).Value.Recommendations));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    [Trait("rule", "PD-01")]
    public bool AWarningOrADemerit_NeverStepsACadreDown_ItOnlyBarsPromotion(CadreRecord record, PositiveInt pick)
    {
        // Any number of warnings, demerits and major demerits, in any year: the step-down findings of every year are unchanged.
        var kinds = new[] { SanctionKind.Warning, SanctionKind.Demerit, SanctionKind.MajorDemerit };
        var lighter = Enumerable.Range(0, 1 + (pick.Get % 4)).Select(i => new Sanction(kinds[(pick.Get + i) % 3], Epoch.PlusDays((pick.Get * (i + 1)) % (12 * 366)))).ToList();
        var cadre = Cadre.Create(record).Value;
        var sanctioned = Cadre.Create(record with { Sanctions = record.Sanctions.AddRange(lighter) }).Value;
        return Enumerable.Range(2015, 12).All(year => StepDown.Review(cadre, year, Terms).Findings.SequenceEqual(StepDown.Review(sanctioned, year, Terms).Findings))
            && lighter.All(s => !Promotion.BarsOn(sanctioned, s.ImposedOn, Terms).IsEmpty);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    public bool ASanctionPeriod_AlwaysBarsPromotion_FromItsFirstDayToTheDayBeforeItsEnd(CadreRecord record)
    {
        var cadre = Cadre.Create(record).Value;
        return cadre.Sanctions.All(sanction =>
        {
            var end = sanction.ImposedOn.PlusMonths(Terms.MonthsOf(sanction.Kind).Value);
            // Two sanctions may fall on one day: each has its own bar, ending when its own months end.
            var own = Promotion.Bars(cadre, Terms).Where(b => b.Kind == PromotionBarKind.SanctionPeriod && b.From == sanction.ImposedOn && b.Until == end).ToList();
            return own.Count > 0
                && own.All(b => b.HoldsOn(sanction.ImposedOn) && b.HoldsOn(end.PlusDays(-1)) && !b.HoldsOn(end))
                && Promotion.BarsOn(cadre, sanction.ImposedOn, Terms).Any(b => b.Kind == PromotionBarKind.SanctionPeriod)
                && Promotion.BarsOn(cadre, end.PlusDays(-1), Terms).Any(b => b.Kind == PromotionBarKind.SanctionPeriod);
        });
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    public bool ABetterGrade_NeverMakesTheOutcomeWorse(CadreRecord record)
    {
        var cadre = Cadre.Create(record).Value;
        foreach (var assessment in cadre.Assessments.Where(a => a.Grade != AssessmentGrade.Excellent))
        {
            var better = Cadre.Create(record with
            {
                Assessments = [.. record.Assessments.Select(a => a.Year == assessment.Year ? a with { Grade = a.Grade - 1 } : a)],
            }).Value;
            var worse = Assessment.Consequences(cadre, assessment.Year, Terms).Value.Consequences.Max();
            var improved = Assessment.Consequences(better, assessment.Year, Terms).Value.Consequences.Max();
            if (improved > worse
                || StepDown.Review(better, assessment.Year, Terms).Findings.Length > StepDown.Review(cadre, assessment.Year, Terms).Findings.Length)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    public bool MoreIncompetentVotes_NeverRemoveTheTrigger(CadreRecord record)
    {
        var cadre = Cadre.Create(record).Value;
        foreach (var votes in cadre.Appraisals.Where(v => v.Competent > 0))
        {
            var shifted = Cadre.Create(record with
            {
                Appraisals = [.. record.Appraisals.Select(v => v.Year == votes.Year ? v with { Competent = v.Competent - 1, Incompetent = v.Incompetent + 1 } : v)],
            }).Value;
            static bool Triggered(StepDownReview review) => review.Findings.Any(f => f.Trigger == StepDownTrigger.AppraisalVotes);
            if (Triggered(StepDown.Review(cadre, votes.Year, Terms)) && !Triggered(StepDown.Review(shifted, votes.Year, Terms)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    public bool EveryStepDown_NamesItsTrigger_ItsRule_AndItsEvidence_AndTheExplanationCitesIt(CadreRecord record, PositiveInt pick)
    {
        var year = 2015 + (pick.Get % 12);
        var review = StepDown.Review(Cadre.Create(record).Value, year, Terms);
        var cited = review.Explanation.CitedRuleIds.ToHashSet();
        return review.Findings.All(f => Enum.IsDefined(f.Trigger) && Enum.IsDefined(f.Category) && f.RuleId.Length > 0 && f.Evidence.Length > 0 && cited.Contains(f.RuleId))
            && review.Methods.Length == 4;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CadrePropertyTest)])]
    public bool APromotionRecommendation_NeverMeetsABarOrAStepDown_AndAWithheldOneSaysWhichWins(CadreRecord record, PositiveInt pick)
    {
        var cadre = Cadre.Create(record).Value;
        var terms = CadreTerms.Resolve(CadreIncentiveTest.Policy, new LocalDate(2026, 3, 1)).Value;
        var date = Epoch.PlusDays(pick.Get % (12 * 366));
        foreach (var year in cadre.Assessments.Select(a => a.Year))
        {
            var assessment = Incentive.Assess(cadre, year, date, terms).Value;
            var withheldFor = assessment.Explanation.Steps.Where(s => s.MessageKey is "in.promotion.barred" or "in.promotion.stepDown").ToList();
            if (assessment.RecommendedForPromotion && (!assessment.PromotionBars.IsEmpty || !assessment.StepDownTriggers.IsEmpty || withheldFor.Count > 0))
            {
                return false;
            }

            // Tolerated mistakes change nothing; a better grade never lowers the score.
            var tolerant = Cadre.Create(record with { ToleratedMistakes = record.ToleratedMistakes.Add(new ToleratedMistake("extra", date, ToleranceOutcome.Exempted)) }).Value;
            if (Incentive.Assess(tolerant, year, date, terms).Value != assessment)
            {
                return false;
            }

            if (assessment.Grade != AssessmentGrade.Excellent)
            {
                var better = Cadre.Create(record with { Assessments = [.. record.Assessments.Select(a => a.Year == year ? a with { Grade = a.Grade - 1 } : a)] }).Value;
                if (Incentive.Assess(better, year, date, terms).Value.Composite < assessment.Composite)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static Arbitrary<ToleranceApplication> Applications() => Arb.From(
        from duties in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from distinctions in Gen.ListOf(Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false))), 3)
        from boundaries in Gen.ListOf(Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false))), 4)
        from factors in Gen.ListOf(Gen.Elements(Enum.GetValues<FactorWeight>()), 6)
        from exclusions in Gen.SubListOf(Enum.GetValues<ToleranceExclusion>())
        select new ToleranceApplication
        {
            Id = "ft-1",
            MistakeOn = new LocalDate(2025, 9, 1),
            InPerformanceOfDuties = duties,
            Distinctions = Enum.GetValues<ToleranceDistinction>().ToImmutableDictionary(d => d, d => distinctions[(int)d - 1]),
            Boundaries = Enum.GetValues<ToleranceBoundary>().ToImmutableDictionary(b => b, b => boundaries[(int)b - 1]),
            Factors = Enum.GetValues<ToleranceFactor>().ToImmutableDictionary(f => f, f => factors[(int)f - 1]),
            Exclusions = exclusions.Count == Enum.GetValues<ToleranceExclusion>().Length ? default : EnumSets.Of<ToleranceExclusion>([.. exclusions]),
        });

    [Property(MaxTest = 500, Arbitrary = [typeof(CadrePropertyTest)])]
    public bool Tolerance_NeverImproves_WithAnotherExclusion_OrAnotherUnfavourableFactor(ToleranceApplication application, PositiveInt pick)
    {
        var outcome = Tolerance.Decide(application, Terms).Value.Outcome;
        var exclusion = Enum.GetValues<ToleranceExclusion>()[pick.Get % Enum.GetValues<ToleranceExclusion>().Length];
        var withExclusion = application with { Exclusions = EnumSets.Of<ToleranceExclusion>([.. application.Exclusions.Values, exclusion]) };
        var factor = Enum.GetValues<ToleranceFactor>()[pick.Get % 6];
        var withUnfavourable = application with { Factors = application.Factors.SetItem(factor, FactorWeight.Unfavourable) };
        return Tolerance.Decide(withExclusion, Terms).Value.Outcome == ToleranceOutcome.NotTolerated
            && Tolerance.Decide(withUnfavourable, Terms).Value.Outcome >= outcome
            && (outcome == ToleranceOutcome.NotTolerated || application.Exclusions.IsEmpty);
    }

    [Property(MaxTest = 300)]
    public bool AnyRecord_IsAValueOrInvalid_NeverAnException(int year, int cast, int votes, byte kind, bool duplicate)
    {
        var record = new CadreRecord
        {
            Id = duplicate ? string.Empty : "c",
            Assessments = duplicate ? [new(year, (AssessmentGrade)(kind % 6)), new(year, AssessmentGrade.Competent)] : [new(year, (AssessmentGrade)(kind % 6))],
            Appraisals = [new AppraisalVotes(year, votes, votes, -votes, 0, cast)],
            Sanctions = [new Sanction((SanctionKind)(kind % 6), new LocalDate(2020, 1, 1).PlusDays(kind))],
        };
        var result = Cadre.Create(record);
        return result.IsSuccess || result.ValidationErrors.Any();
    }
}
