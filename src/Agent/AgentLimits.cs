namespace Autoscaler.Agent;

/// <summary>The fixed field limits of cloud.proto v1, checked here so the agent never sends what the controller refuses.</summary>
internal static class AgentLimits
{
    public const int MaxServerIdLength = 128;
    public const int MaxFleetLength = 64;
    public const int MaxCapacity = 100_000;
    public const int MaxTokenLength = 256;
    public const int MaxMetrics = 16;
    public const int MaxMetricNameLength = 64;
    public const int MaxPrimaryKeyLength = 128;
    public const int MaxValueBytes = 4096;
    public const int MaxRows = 64;
    public const int MaxUploadBytes = 64 * 1024;
    public const string ReservedPrefix = "autoscaler.";

    public static bool IsServerId(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxServerIdLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    public static bool IsFleet(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxFleetLength
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static bool IsMetricName(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxMetricNameLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    public static bool IsPrimaryKey(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxPrimaryKeyLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '/' or '-')
        && !value.StartsWith(ReservedPrefix, StringComparison.Ordinal);
}
