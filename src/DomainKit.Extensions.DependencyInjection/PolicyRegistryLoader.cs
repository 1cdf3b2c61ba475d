using System.Runtime.CompilerServices;
using Ardalis.Result;

namespace DomainKit.Extensions.DependencyInjection;

/// <summary>
/// Loads the registry once per options instance, so the check when the host starts and the registry it then serves
/// read the policy files once between them.
/// </summary>
internal sealed class PolicyRegistryLoader
{
    private readonly ConditionalWeakTable<DomainKitOptions, Result<PolicyRegistry>> loaded = new();

    public Result<PolicyRegistry> Load(DomainKitOptions options) => loaded.GetValue(options, PolicyRegistry.Load);
}
