namespace DomainKit.Assistance;

/// <summary>
/// What a register says against what the household declared (VR-02): a positive discrepancy means the
/// register shows more than was declared.
/// </summary>
/// <param name="Source">The register checked.</param>
/// <param name="Declared">The amount the household declared for it.</param>
/// <param name="Verified">The amount the register shows.</param>
public sealed record VerificationFinding(VerificationSource Source, Money Declared, Money Verified)
{
    /// <summary>Verified minus declared.</summary>
    public Money Discrepancy => Verified - Declared;

    /// <summary>The size of the discrepancy, whichever way it goes.</summary>
    public Money Size => Money.Max(Discrepancy, Money.Zero - Discrepancy);

    /// <summary>Whether the register and the declaration disagree.</summary>
    public bool IsDiscrepancy => Discrepancy != Money.Zero;
}
