using NodaTime;

namespace DomainKit.Cadres;

/// <summary>One step of a step-down procedure as it was taken.</summary>
/// <param name="Step">The step.</param>
/// <param name="StaffId">Who took it: an opaque staff ID.</param>
/// <param name="On">The day.</param>
/// <param name="Reference">A reference to the file of the step (a report number, a minute); never personal data.</param>
/// <param name="Source">For the evidence step, where the evidence comes from.</param>
/// <param name="Method">For the proposal, the way down proposed.</param>
public sealed record ProcedureEntry(ProcedureStep Step, string StaffId, LocalDate On, string Reference, EvidenceSource? Source = null, AdjustmentMethod? Method = null);
