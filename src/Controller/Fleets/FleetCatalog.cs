using System.Collections.Frozen;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Fleets;

/// <summary>The fleets in force: the last configuration that passed validation, swapped atomically on every good edit.</summary>
/// <remarks>
/// Validation runs here rather than in the options pipeline, because <c>OptionsMonitor</c> drops its last good value
/// and throws on the reload thread when a reloaded value fails validation (dotnet/runtime#44381). An invalid edit is
/// logged, key by key, and ignored; the fleet set and name prefixes are fixed at start-up.
/// </remarks>
internal sealed class FleetCatalog : IDisposable
{
    private static readonly FleetCatalogValidator Validator = new();
    private readonly ILogger _logger;
    private readonly IDisposable? _subscription;
    private volatile FrozenDictionary<string, FleetOptions> _fleets;

    public FleetCatalog(IOptionsMonitor<FleetCatalogOptions> monitor, ILogger<FleetCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        _logger = logger;
        _fleets = Accept(monitor.CurrentValue);
        _subscription = monitor.OnChange(Reload);
    }

    private FleetCatalog(FleetCatalogOptions options)
    {
        _logger = NullLogger.Instance;
        _fleets = Accept(options);
    }

    /// <summary>Raised after a valid edit took effect.</summary>
    public event Action? Changed;

    /// <summary>The fleet names, fixed at start-up.</summary>
    public IReadOnlyCollection<string> Names => _fleets.Keys;

    /// <summary>A catalog that never reloads (the simulator, tests); throws when the options are invalid.</summary>
    public static FleetCatalog Fixed(IReadOnlyDictionary<string, FleetOptions> fleets)
    {
        ArgumentNullException.ThrowIfNull(fleets);
        var options = new FleetCatalogOptions();
        foreach (var (name, fleet) in fleets)
        {
            options.Fleets[name] = fleet;
        }

        return new FleetCatalog(options);
    }

    /// <summary>The options in force for a fleet.</summary>
    public FleetOptions Get(string fleet) =>
        _fleets.TryGetValue(fleet, out var options) ? options : throw new KeyNotFoundException($"No fleet named '{fleet}' is configured.");

    public bool TryGet(string fleet, out FleetOptions options) => _fleets.TryGetValue(fleet, out options!);

    /// <summary>Applies an edited configuration; returns false (and logs every problem) when it is rejected.</summary>
    public bool TryApply(FleetCatalogOptions edited)
    {
        ArgumentNullException.ThrowIfNull(edited);
        var result = Validator.Validate(null, edited);
        if (result.Failed)
        {
            foreach (var failure in result.Failures)
            {
                FleetLog.EditRejected(_logger, failure);
            }

            return false;
        }

        var current = _fleets;
        var names = edited.Fleets.Keys.Order(StringComparer.Ordinal).ToArray();
        if (!names.SequenceEqual(current.Keys.Order(StringComparer.Ordinal)))
        {
            FleetLog.EditRejected(_logger, $"{FleetCatalogOptions.SectionName}: fleets cannot be added or removed without a restart");
            return false;
        }

        foreach (var (name, options) in edited.Fleets)
        {
            if (!string.Equals(options.NamePrefix, current[name].NamePrefix, StringComparison.Ordinal))
            {
                FleetLog.EditRejected(_logger, $"{FleetCatalogOptions.SectionName}:{name}:NamePrefix cannot change without a restart");
                return false;
            }
        }

        _fleets = Freeze(edited);
        FleetLog.EditApplied(_logger, names.Length);
        Changed?.Invoke();
        return true;
    }

    public void Dispose() => _subscription?.Dispose();

    private void Reload(FleetCatalogOptions edited, string? name) => TryApply(edited);

    private static FrozenDictionary<string, FleetOptions> Accept(FleetCatalogOptions options)
    {
        var result = Validator.Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(FleetCatalogOptions), result.Failures);
        }

        return Freeze(options);
    }

    private static FrozenDictionary<string, FleetOptions> Freeze(FleetCatalogOptions options) =>
        options.Fleets.ToFrozenDictionary(f => f.Key, f => f.Value.Clone(), StringComparer.Ordinal);
}
