namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>The authenticated caller of an API request and the region it addressed.</summary>
internal sealed record TenantContext(EmulatorAccount Account, string Region, ApiDialect Dialect)
{
    public string TenantId => Account.TenantId;
}
