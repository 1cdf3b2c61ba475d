namespace DomainKit.Assistance;

/// <summary>SHA-256 as a case history's chain hash.</summary>
internal sealed class Sha256CaseHistoryHash : CaseHistoryHash
{
    public override string Name => "sha256";

    public override byte[] Compute(ReadOnlySpan<byte> data) => System.Security.Cryptography.SHA256.HashData(data);
}
