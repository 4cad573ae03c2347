namespace Autoscaler.Controller.Agents;

/// <summary>The fixed limits of cloud.proto v1 (the shape of each field); configurable limits live in <see cref="AgentProtocolOptions"/>.</summary>
internal static class ProtocolLimits
{
    public const int MaxMessageBytes = 64 * 1024;
    public const int MaxServerIdLength = 128;
    public const int MaxFleetLength = 64;
    public const int MaxCapacity = 100_000;
    public const int MaxAgentVersionLength = 64;
    public const int MaxTokenLength = 256;
    public const int MaxMetrics = 16;
    public const int MaxMetricNameLength = 64;
    public const int MaxPrimaryKeyLength = 128;
    public const int MaxKeysPerRelease = 64;
    public const int MaxKeysPerQuery = 16;
    public const int MaxServerIdsPerQuery = 100;
    public const int DefaultRowsPerGet = 100;

    /// <summary>Primary keys with this prefix are written by the controller only.</summary>
    public const string ReservedPrefix = "autoscaler.";

    /// <summary>The well-known key under which every server's load is published (the seed's "CloudConnCount").</summary>
    public const string LoadKeyPrimary = "autoscaler.load";

    public static bool IsServerIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-';

    public static bool IsFleetChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';

    public static bool IsMetricNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    public static bool IsPrimaryKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '/' or '-';
}
