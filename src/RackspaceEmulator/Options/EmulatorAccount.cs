namespace Autoscaler.RackspaceEmulator;

/// <summary>An account that may authenticate against the emulator.</summary>
public sealed class EmulatorAccount
{
    /// <summary>User name (X-Auth-User, identity username).</summary>
    public string Username { get; set; } = "";

    /// <summary>API key (X-Auth-Key, RAX-KSKEY:apiKeyCredentials apiKey).</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Password for identity 2.0 passwordCredentials; unset means password authentication is refused.</summary>
    public string? Password { get; set; }

    /// <summary>Tenant (account number) that appears in endpoint URLs.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The user's default region (RAX-AUTH:defaultRegion).</summary>
    public string DefaultRegion { get; set; } = "DFW";

    /// <summary>Returns the default account used when none is configured.</summary>
    public static EmulatorAccount CreateDefault() => new()
    {
        Username = "demo",
        ApiKey = "demo-api-key",
        TenantId = "100000",
        DefaultRegion = "DFW",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Username} (tenant {TenantId})";
}
