using System.Security.Cryptography;
using System.Text;

namespace Autoscaler.Controller.Registry;

/// <summary>Per-server agent tokens: minted at create, handed to the server once, only their SHA-256 kept.</summary>
internal static class AgentTokens
{
    /// <summary>A new random token (256 bits, base64url) and its hash (lower-case hex).</summary>
    public static (string Token, string Hash) Mint()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    /// <summary>The stored form of a token.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether a presented token matches a stored hash, in constant time.</summary>
    public static bool Matches(string presented, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(presented);
        ArgumentNullException.ThrowIfNull(storedHash);
        var presentedHash = Encoding.ASCII.GetBytes(Hash(presented));
        var expected = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(presentedHash, expected);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
