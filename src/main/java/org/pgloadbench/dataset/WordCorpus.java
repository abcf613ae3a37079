package org.pgloadbench.dataset;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A long run of words separated by single spaces, drawn once from a fixed vocabulary, from which
 * text values are cut at word boundaries: one copy per value instead of one random draw per word,
 * so a kilobyte of prose costs the generator about what a memcpy of it costs. Which words a value
 * gets still depends on the generator's seed, through where the cut starts.
 */
final class WordCorpus {
    private static final long CORPUS_SEED = 0x7E47L;
    private static final int MIN_BYTES =
            1 << 14; // small enough to stay in the core's cache: every cut starts at a random place

    private final byte[] text;
    /** Byte offsets at which words start, plus one past the end: value text runs from one to the next minus the space. */
    private final int[] wordStarts;
    /** Characters before each entry of {@link #wordStarts}: UTF-8 words have fewer characters than bytes. */
    private final int[] charactersBefore;
    /** For each byte offset, the index of the last word start at or before it: where a cut of so many bytes ends, in one look. */
    private final int[] lastWordStartAt;
    /** Words from which a value of the longest length still fits before the corpus ends. */
    private final int startableWords;

    /** A corpus from which values of up to {@code longestValue} bytes can be cut anywhere. */
    WordCorpus(byte[][] words, int longestValue) {
        SplittableRandom random = new SplittableRandom(CORPUS_SEED);
        int startable = Math.max(MIN_BYTES, 4 * longestValue);
        int size = startable + longestValue + 1;
        byte[] bytes = new byte[size + 64];
        int[] starts = new int[size / 2 + 2];
        int[] characters = new int[starts.length];
        int position = 0;
        int count = 0;
        int startableWords = 0;
        while (position < size) {
            byte[] word = words[random.nextInt(words.length)];
            if (position < startable) {
                startableWords++;
            }
            starts[count] = position;
            characters[count + 1] = characters[count] + characters(word) + 1;
            count++;
            System.arraycopy(word, 0, bytes, position, word.length);
            position += word.length;
            bytes[position++] = ' ';
        }
        starts[count] = position;
        this.text = Arrays.copyOf(bytes, position);
        this.wordStarts = Arrays.copyOf(starts, count + 1);
        this.charactersBefore = Arrays.copyOf(characters, count + 1);
        this.startableWords = startableWords;
        this.lastWordStartAt = new int[position + 1];
        for (int word = 0, offset = 0; offset <= position; offset++) {
            while (word + 1 < wordStarts.length && wordStarts[word + 1] <= offset) {
                word++;
            }
            lastWordStartAt[offset] = word;
        }
    }

    /**
     * Writes whole words from a random place in the corpus: as many as fit in {@code maxBytes}
     * bytes (at most the longest value the corpus was made for) and {@code maxCharacters}
     * characters, none if the first word does not fit. Returns where they end.
     */
    int write(SplittableRandom random, int maxBytes, int maxCharacters, byte[] out, int position) {
        int first = random.nextInt(startableWords);
        int end = lastEndWithin(first, maxBytes, Math.min(maxBytes, maxCharacters));
        if (end == first) {
            return position;
        }
        int length = wordStarts[end] - 1 - wordStarts[first];
        System.arraycopy(text, wordStarts[first], out, position, length);
        return position + length;
    }

    /**
     * The last word end after {@code first} within both limits, or {@code first} if not even one
     * word fits. The byte limit is one look-up; only text with multi-byte characters cut by a
     * varchar's length walks back further.
     */
    private int lastEndWithin(int first, int maxBytes, int maxCharacters) {
        int end = lastWordStartAt[Math.min(text.length, wordStarts[first] + maxBytes + 1)];
        int characterLimit = charactersBefore[first] + maxCharacters + 1;
        while (end > first && charactersBefore[end] > characterLimit) {
            end--;
        }
        return end;
    }

    static int characters(byte[] utf8) {
        int characters = 0;
        for (byte b : utf8) {
            if ((b & 0xC0) != 0x80) {
                characters++;
            }
        }
        return characters;
    }
}
