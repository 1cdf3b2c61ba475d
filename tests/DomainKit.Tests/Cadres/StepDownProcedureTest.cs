using DomainKit.Cadres;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Cadres;

/// <summary>The step-down procedure: every step in order, none skipped, the way down from the policy's list (SX-PD-00, PD-03, PD-05, PD-04).</summary>
public class StepDownProcedureTest
{
    private static readonly CadreTerms Shaanxi = CadreTerms.Resolve(PolicySets.Shaanxi2016, new LocalDate(2026, 3, 1)).Value;

    private static StepDownReview Review(CadreTerms terms)
    {
        var cadre = Cadre.Create(new CadreRecord
        {
            Id = "cadre-9",
            Assessments = [new(2025, AssessmentGrade.Competent)],
            Sanctions = [new(SanctionKind.DemotionOrRemoval, new LocalDate(2025, 6, 1))],
        }).Value;
        return StepDown.Review(cadre, 2025, terms);
    }

    private static ProcedureEntry Entry(ProcedureStep step, int day, EvidenceSource? source = null, AdjustmentMethod? method = null) =>
        new(step, "org-3", new LocalDate(2026, 3, day), $"file 2026-{(int)step}", source, method);

    [Fact]
    public void AProcedure_TakesEveryStepInOrder_AndYieldsTheAdjustment()
    {
        var procedure = StepDownProcedure.Start("cadre-9", Review(Shaanxi)).Value;
        foreach (var entry in new[]
        {
            Entry(ProcedureStep.Evidence, 2, EvidenceSource.Audit),
            Entry(ProcedureStep.Analysis, 4),
            Entry(ProcedureStep.Proposal, 6, method: AdjustmentMethod.ResignationTakingBlame),
            Entry(ProcedureStep.Talk, 9),
            Entry(ProcedureStep.Decision, 12),
            Entry(ProcedureStep.Record, 12),
        })
        {
            Assert.Equal(entry.Step, procedure.Next);
            procedure = procedure.Take(entry).Value;
        }

        Assert.True(procedure.IsComplete);
        Assert.Equal(StepDownTrigger.Sanction, Assert.Single(procedure.Review.Findings).Trigger);

        // A derelict trigger makes the step down one for accountability: no equivalent post for a year (PD-04).
        var adjustment = procedure.Adjustment().Value;
        Assert.Equal(new Adjustment(new LocalDate(2026, 3, 12), AdjustmentMethod.ResignationTakingBlame, true), adjustment);
        var after = Cadre.Create(new CadreRecord { Id = "cadre-9", Adjustments = [adjustment] }).Value;
        Assert.Equal(new LocalDate(2027, 3, 12), Assert.Single(Promotion.Bars(after, Shaanxi)).Until);
    }

    [Fact]
    public void NoStepIsSkipped_NoneDatedBackwards_AndTheWayDownComesFromThePolicysList()
    {
        var started = StepDownProcedure.Start("cadre-9", Review(Shaanxi)).Value;
        Assert.Equal(ErrorCodes.CadreProcedureStep, started.Take(Entry(ProcedureStep.Analysis, 2)).ValidationErrors.Single().ErrorCode);
        Assert.Equal(ErrorCodes.Required, started.Take(Entry(ProcedureStep.Evidence, 2)).ValidationErrors.Single().ErrorCode);
        var evidenced = started.Take(Entry(ProcedureStep.Evidence, 5, EvidenceSource.Inspection)).Value;
        var analysed = evidenced.Take(Entry(ProcedureStep.Analysis, 6)).Value;
        Assert.Equal(ErrorCodes.CadreDatesOutOfOrder, analysed.Take(Entry(ProcedureStep.Proposal, 4, method: AdjustmentMethod.Transfer)).ValidationErrors.Single().ErrorCode);

        // Removal is on the national list (PD-03), not on Shaanxi's (PD-05).
        Assert.Equal(ErrorCodes.UnknownName, analysed.Take(Entry(ProcedureStep.Proposal, 7, method: AdjustmentMethod.Removal)).ValidationErrors.Single().ErrorCode);
        var national = StepDownProcedure.Start("cadre-9", Review(CadreTerms.Resolve(PolicySets.NationalBaseline, new LocalDate(2026, 3, 1)).Value)).Value
            .Take(Entry(ProcedureStep.Evidence, 5, EvidenceSource.Statistics)).Value
            .Take(Entry(ProcedureStep.Analysis, 6)).Value;
        Assert.True(national.Take(Entry(ProcedureStep.Proposal, 7, method: AdjustmentMethod.Removal)).IsSuccess);
        Assert.False(analysed.Adjustment().IsSuccess);
    }

    [Fact]
    public void WithoutATrigger_ThereIsNoProcedure()
    {
        var clean = Cadre.Create(new CadreRecord { Id = "cadre-1", Assessments = [new(2025, AssessmentGrade.Excellent)] }).Value;
        Assert.Equal(ErrorCodes.CadreProcedureStep, StepDownProcedure.Start("cadre-1", StepDown.Review(clean, 2025, Shaanxi)).ValidationErrors.Single().ErrorCode);
    }
}
