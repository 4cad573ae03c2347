namespace Autoscaler.Simulator.Policies;

/// <summary>The policy names the command line accepts.</summary>
internal static class PolicyNames
{
    /// <summary>The project's policy, driven through the real controller core.</summary>
    public const string Autoscaler = "autoscaler";

    public const string AgonesAbsolute = "agones-absolute";

    public const string AgonesPercent = "agones-percent";

    public const string RakNet = "raknet";

    public const string Fixed = "fixed";

    /// <summary>Every policy available in this build.</summary>
    public const string All = "all";

    public static IReadOnlyList<string> Baselines { get; } = [AgonesAbsolute, AgonesPercent, RakNet, Fixed];

    public static IReadOnlyList<string> Accepted { get; } = [All, Autoscaler, AgonesAbsolute, AgonesPercent, RakNet, Fixed];
}
