namespace Autoscaler.RackspaceEmulator;

/// <summary>Absolute (quota) limits per account, enforced on create and resize and reported by GET /limits.</summary>
public sealed class AbsoluteLimitOptions
{
    /// <summary>Total RAM in MB of an account's servers (maxTotalRAMSize). Default 131072 (the v2 figure; the v1.0 guide shows 51200).</summary>
    public int MaxTotalRamSize { get; set; } = 131_072;

    /// <summary>Number of servers per account (maxTotalInstances). Default 100.</summary>
    public int MaxTotalInstances { get; set; } = 100;

    /// <summary>Shared IP groups per account (maxIPGroups). Default 25.</summary>
    public int MaxIpGroups { get; set; } = 25;

    /// <summary>Servers per shared IP group (maxIPGroupMembers). Default 25.</summary>
    public int MaxIpGroupMembers { get; set; } = 25;

    /// <summary>Metadata items per server in v2 (maxServerMeta). Default 40.</summary>
    public int MaxServerMeta { get; set; } = 40;

    /// <summary>Metadata items per server in v1.0. Default 5.</summary>
    public int MaxV1ServerMeta { get; set; } = 5;

    /// <summary>Personality files per server (maxPersonality). Default 5.</summary>
    public int MaxPersonality { get; set; } = 5;

    /// <summary>Bytes per personality file after base64 decoding (maxPersonalitySize). Default 10240.</summary>
    public int MaxPersonalitySize { get; set; } = 10_240;

    /// <summary>Images per account (maxImageMeta is not modelled). Default 25.</summary>
    public int MaxImages { get; set; } = 25;
}
