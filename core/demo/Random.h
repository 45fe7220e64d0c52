// A small, fully specified random generator (SplitMix64). The standard distributions are
// implementation-defined, so the demo draws its numbers here: the same seed gives the
// same company with any compiler, on any machine, on any day.
#pragma once

#include <QtGlobal>

namespace consentric::demo {

class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    static Random derive(quint64 seed, quint64 stream) { return Random(mix(seed ^ mix(stream + 0x632BE59BD9B4E019ULL))); }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    // Uniform in [0, bound).
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    int between(int low, int high) { return low + int(below(quint64(qint64(high) - qint64(low) + 1))); }
    // True with the given probability in percent.
    bool percent(int chance) { return int(below(100)) < chance; }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    quint64 m_state;
};

} // namespace consentric::demo
