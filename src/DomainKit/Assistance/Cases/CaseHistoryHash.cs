namespace DomainKit.Assistance;

/// <summary>
/// The hash function of a case history's chain (<see cref="CaseHistoryChain"/>), named in every stored event so that a
/// reader knows how to check it. SHA-256 is built in; an integrator who must use another (SM3, GB/T 32905, where state
/// rules require it) derives from this class and passes the instance to the writer and the reader.
/// </summary>
public abstract class CaseHistoryHash
{
    /// <summary>SHA-256 (FIPS 180-4), named <c>sha256</c>.</summary>
    public static CaseHistoryHash Sha256 { get; } = new Sha256CaseHistoryHash();

    /// <summary>The name written in each event, such as <c>sha256</c> or <c>sm3</c>: lower-case letters and digits.</summary>
    public abstract string Name { get; }

    /// <summary>The digest of <paramref name="data"/>, 32 bytes for SHA-256 and SM3.</summary>
    /// <param name="data">The bytes to hash.</param>
    /// <returns>The digest.</returns>
    public abstract byte[] Compute(ReadOnlySpan<byte> data);
}
