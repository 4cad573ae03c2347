using System.Security.Cryptography;

namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>Issued tokens with their expiry; revocable all at once (fault injection).</summary>
internal sealed class TokenStore(TimeProvider timeProvider, TimeSpan lifetime, Func<FaultSettings> faults)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public IssuedToken Issue(EmulatorAccount account)
    {
        var now = timeProvider.GetUtcNow();
        var token = new IssuedToken(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), account, now, now + lifetime);
        lock (_gate)
        {
            foreach (var expired in _tokens.Where(t => t.Value.Expires <= now).Select(t => t.Key).ToList())
            {
                _tokens.Remove(expired);
            }

            _tokens[token.Id] = token;
        }

        return token;
    }

    /// <summary>The account behind a live token, or null when the token is unknown, revoked or expired.</summary>
    public EmulatorAccount? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        IssuedToken? issued;
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out issued) || issued.Expires <= now)
            {
                return null;
            }
        }

        // A scheduled revocation kills every token issued before it, once its time has come.
        return faults().TokenRevocations.Any(at => at <= now && issued.Issued < at) ? null : issued.Account;
    }

    public void RevokeAll()
    {
        lock (_gate)
        {
            _tokens.Clear();
        }
    }
}
