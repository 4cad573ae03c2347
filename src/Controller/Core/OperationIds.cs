using System.Globalization;
using System.Security.Cryptography;

namespace Autoscaler.Controller.Core;

/// <summary>Operation ids: the time in milliseconds (hex, so they sort) and 16 random bits; short enough for server names.</summary>
internal static class OperationIds
{
    public static string Next(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.ToUnixTimeMilliseconds():x}{RandomNumberGenerator.GetInt32(0x10000):x4}");

    /// <summary>The deterministic server name for a create operation.</summary>
    public static string ServerName(string prefix, string fleet, string operationId) => $"{prefix}-{fleet}-{operationId}";
}
