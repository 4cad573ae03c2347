using Autoscaler.RackspaceEmulator.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Autoscaler.RackspaceEmulator;

/// <summary>The one in-memory cloud behind both API dialects: servers, images, flavors, shared IP groups, tokens,
/// the audit log and the fault settings. Thread-safe; all time comes from the injected <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// Timed states (BUILD, REBOOT, resize steps, image SAVING, ...) end on timers created from the time provider, so
/// advancing a fake clock fires <see cref="ServerStatusChanged"/> without any sleeping. Events are raised outside the
/// model's lock, on the thread that caused the change (a request thread or the timer).
/// </remarks>
public sealed partial class CloudModel : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Lock _dispatchGate = new();
    private readonly Queue<ServerStatusChangedEventArgs> _pendingChanges = new();
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly Dictionary<string, ServerRecord> _servers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, ServerRecord> _serversByLegacyId = [];
    private readonly List<FlavorRecord> _flavors;
    private readonly Dictionary<string, FlavorRecord> _flavorsById;
    private readonly Dictionary<string, HashSet<ServerRecord>> _liveByTenant = new(StringComparer.Ordinal);
    private readonly List<ImageRecord> _images = [];
    private readonly Dictionary<int, SharedIpGroupRecord> _ipGroups = [];
    private FaultSettings _faults;
    private int _nextServerLegacyId = 10_001;
    private int _nextImageLegacyId = 900_001;
    private int _nextIpGroupId = 1_001;
    private int _nextAddress = 10;
    private bool _disposed;

    /// <summary>Creates the model from validated options.</summary>
    public CloudModel(EmulatorOptions options, TimeProvider timeProvider, ILogger<CloudModel>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Options = options;
        _time = timeProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _random = options.RandomSeed is { } seed ? new Random(seed) : new Random();
        _faults = options.Faults;
        Accounts = options.Accounts.Count > 0 ? [.. options.Accounts] : [EmulatorAccount.CreateDefault()];
        Regions = options.Regions.Count > 0 ? [.. options.Regions.Select(r => r.ToUpperInvariant())] : EmulatorOptions.DefaultRegions;
        _flavors = [.. (options.Flavors.Count > 0 ? [.. options.Flavors] : FlavorSeed.Defaults)
            .Select(f => new FlavorRecord(f.Id, f.Name, f.Ram, f.Disk, f.Vcpus))];
        _flavorsById = _flavors.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        foreach (var image in options.Images.Count > 0 ? [.. options.Images] : ImageSeed.Defaults)
        {
            _images.Add(new ImageRecord
            {
                Id = image.Uuid ?? DeterministicUuid("image", image.Id),
                LegacyId = image.Id,
                Name = image.Name,
                MinDisk = image.MinDisk,
                MinRam = image.MinRam,
                Created = now,
                Updated = now,
            });
        }

        Tokens = new TokenStore(timeProvider, options.TokenLifetime, () => Faults);
        Audit = new RequestAuditLog(options.AuditCapacity);
        Audit.Recorded += (_, e) => RaiseSafely(RequestAudited, e);
    }

    /// <summary>Raised when a server changes status; carries the server's personality files, metadata and user_data.</summary>
    public event EventHandler<ServerStatusChangedEventArgs>? ServerStatusChanged;

    /// <summary>Raised after every request the emulator answered.</summary>
    public event EventHandler<RequestAuditedEventArgs>? RequestAudited;

    /// <summary>The options the model was built from.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>The accounts that may authenticate (the configured ones, or the default demo account).</summary>
    public IReadOnlyList<EmulatorAccount> Accounts { get; }

    /// <summary>The regions served, upper case.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The emulator's clock.</summary>
    public TimeProvider TimeProvider => _time;

    /// <summary>The fault settings in force; setting replaces them atomically (invalid settings throw <see cref="ArgumentException"/>).</summary>
    public FaultSettings Faults
    {
        get => Volatile.Read(ref _faults);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            var errors = value.Validate();
            if (errors.Count > 0)
            {
                throw new ArgumentException(string.Join(" ", errors), nameof(value));
            }

            Volatile.Write(ref _faults, value);
            CloudModelLog.FaultsChanged(_logger);
        }
    }

    internal TokenStore Tokens { get; }

    internal RequestAuditLog Audit { get; }

    /// <summary>Every request served so far (oldest first, bounded by <see cref="EmulatorOptions.AuditCapacity"/>).</summary>
    public IReadOnlyList<AuditEntry> GetAuditLog() => Audit.Snapshot();

    /// <summary>Invalidates every token issued so far; the next request with one of them gets 401.</summary>
    public void RevokeAllTokens()
    {
        Tokens.RevokeAll();
        CloudModelLog.TokensRevoked(_logger);
    }

    /// <summary>All servers of all tenants, deleted ones included when asked.</summary>
    public IReadOnlyList<ServerSnapshot> GetServers(bool includeDeleted = false) => Update(changes =>
    {
        var now = _time.GetUtcNow();
        var result = new List<ServerSnapshot>();
        foreach (var server in _serversByLegacyId.Values.OrderBy(s => s.LegacyId))
        {
            CatchUp(server, now, changes);
            if (includeDeleted || !server.IsDeleted)
            {
                result.Add(server.ToSnapshot(now));
            }
        }

        return result;
    });

    /// <summary>One server by its v2 id or v1.0 id, or null.</summary>
    public ServerSnapshot? FindServer(string id) => Update(changes =>
    {
        var server = _servers.GetValueOrDefault(id)
            ?? (int.TryParse(id, out var legacy) ? _serversByLegacyId.GetValueOrDefault(legacy) : null);
        if (server is null)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        CatchUp(server, now, changes);
        return server.ToSnapshot(now);
    });

    /// <summary>Stops every timer. Further time does not change the model.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var server in _servers.Values)
            {
                server.Timer?.Dispose();
                server.Timer = null;
            }

            foreach (var image in _images)
            {
                image.Timer?.Dispose();
                image.Timer = null;
            }
        }
    }

    internal DateTimeOffset Now => _time.GetUtcNow();

    internal EmulatorAccount? FindAccount(string? username) =>
        Accounts.FirstOrDefault(a => string.Equals(a.Username, username, StringComparison.Ordinal));

    internal bool HasRegion(string region) => Regions.Contains(region.ToUpperInvariant());

    /// <summary>Draws from the model's seeded generator (under the lock, so concurrent callers stay deterministic per order).</summary>
    internal double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    /// <summary>Runs <paramref name="action"/> under the lock and raises the status changes it produced after releasing it.</summary>
    /// <remarks>Changes are queued under the model's lock and raised one at a time under a dispatch lock, so observers see
    /// them in the order they happened even when a request thread and the timer race.</remarks>
    private T Update<T>(Func<List<ServerStatusChangedEventArgs>, T> action)
    {
        var changes = new List<ServerStatusChangedEventArgs>();
        T result;
        lock (_gate)
        {
            result = action(changes);
            foreach (var change in changes)
            {
                _pendingChanges.Enqueue(change);
            }
        }

        if (changes.Count > 0)
        {
            DispatchChanges();
        }

        return result;
    }

    private void DispatchChanges()
    {
        lock (_dispatchGate)
        {
            while (true)
            {
                ServerStatusChangedEventArgs? change;
                lock (_gate)
                {
                    if (!_pendingChanges.TryDequeue(out change))
                    {
                        return;
                    }
                }

                CloudModelLog.StatusChanged(_logger, change.ServerId, change.Name, change.OldStatus, change.NewStatus);
                RaiseSafely(ServerStatusChanged, change);
            }
        }
    }

    private void RaiseSafely<TArgs>(EventHandler<TArgs>? handler, TArgs args)
    {
        if (handler is null)
        {
            return;
        }

        foreach (var single in handler.GetInvocationList().Cast<EventHandler<TArgs>>())
        {
            try
            {
                single(this, args);
            }
            catch (Exception ex)
            {
                // A failing observer must not break the cloud or the timer thread.
                CloudModelLog.ObserverFailed(_logger, ex);
            }
        }
    }

    private string NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    private string NewHex(int length)
    {
        Span<byte> bytes = stackalloc byte[length / 2];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private string NewPassword()
    {
        const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(12, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        });
    }

    private static string DeterministicUuid(string kind, int id)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{kind}:{id}"));
        hash[7] = (byte)((hash[7] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
