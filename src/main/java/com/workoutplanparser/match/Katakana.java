package com.workoutplanparser.match;

import java.util.Map;

/**
 * Japanese gym names are mostly English loanwords in katakana ("ダンベルベンチプレス" = dumbbell bench press),
 * written without spaces. A word in katakana is split greedily into the longest loanwords known here and
 * each is folded to its English word, so a Japanese name meets the English catalog names token by token;
 * what is not known stays as a katakana token (and can still meet a {@code ja} alias of the catalog, which
 * is folded the same way). A few kanji words for exercises with no loanword are folded too.
 */
final class Katakana {

    private Katakana() {
    }

    static final Map<String, String> LOANWORDS = Map.ofEntries(
            // equipment
            Map.entry("ダンベル", "dumbbell"), Map.entry("バーベル", "barbell"), Map.entry("ケトルベル", "kettlebell"),
            Map.entry("ケーブル", "cable"), Map.entry("マシン", "machine"), Map.entry("マシーン", "machine"),
            Map.entry("スミス", "smith"), Map.entry("バンド", "band"), Map.entry("チューブ", "band"),
            Map.entry("ロープ", "rope"), Map.entry("プレート", "plate"), Map.entry("ボックス", "box"),
            Map.entry("ベンチ", "bench"), Map.entry("ボール", "ball"), Map.entry("メディシン", "medicine"),
            Map.entry("バー", "bar"),
            // movements
            Map.entry("プレス", "press"), Map.entry("スクワット", "squat"), Map.entry("デッドリフト", "deadlift"),
            Map.entry("ランジ", "lunge"), Map.entry("カール", "curl"), Map.entry("ロウ", "row"), Map.entry("ロー", "row"),
            Map.entry("ローイング", "row"), Map.entry("フライ", "fly"), Map.entry("レイズ", "raise"),
            Map.entry("エクステンション", "extension"), Map.entry("プルダウン", "pulldown"),
            Map.entry("プッシュダウン", "pushdown"), Map.entry("プレスダウン", "pressdown"),
            Map.entry("プッシュアップ", "push up"), Map.entry("プルアップ", "pull up"), Map.entry("チンアップ", "chin up"),
            Map.entry("チンニング", "pull up"), Map.entry("ディップス", "dip"), Map.entry("ディップ", "dip"),
            Map.entry("シュラッグ", "shrug"), Map.entry("クランチ", "crunch"), Map.entry("シットアップ", "sit up"),
            Map.entry("プランク", "plank"), Map.entry("ツイスト", "twist"), Map.entry("スラスト", "thrust"),
            Map.entry("ブリッジ", "bridge"), Map.entry("キックバック", "kickback"), Map.entry("クロスオーバー", "crossover"),
            Map.entry("グッドモーニング", "good morning"), Map.entry("スイング", "swing"), Map.entry("クリーン", "clean"),
            Map.entry("スナッチ", "snatch"), Map.entry("ジャーク", "jerk"), Map.entry("スラスター", "thruster"),
            Map.entry("バーピー", "burpee"), Map.entry("ジャンプ", "jump"), Map.entry("ウォーク", "walk"),
            Map.entry("キャリー", "carry"), Map.entry("ステップ", "step"), Map.entry("ランニング", "run"),
            Map.entry("ラン", "run"), Map.entry("ジョギング", "jogging"), Map.entry("ウォーキング", "walking"),
            Map.entry("バイク", "bike"), Map.entry("エアロバイク", "stationary bike"), Map.entry("トレッドミル", "treadmill"),
            Map.entry("ハイパーエクステンション", "hyperextension"), Map.entry("スカルクラッシャー", "skull crusher"),
            Map.entry("アダクション", "adduction"), Map.entry("アブダクション", "abduction"),
            Map.entry("アダクター", "adductor"), Map.entry("アブダクター", "abductor"), Map.entry("ペックデック", "pec deck"),
            Map.entry("ストレッチ", "stretch"), Map.entry("ホールド", "hold"), Map.entry("ハング", "hang"),
            Map.entry("クライマー", "climber"), Map.entry("マウンテン", "mountain"), Map.entry("ジャンピング", "jumping"),
            Map.entry("ジャック", "jack"), Map.entry("ロール", "roll"), Map.entry("ホイール", "wheel"),
            Map.entry("アブローラー", "ab wheel"),
            // modifiers and body parts
            Map.entry("インクライン", "incline"), Map.entry("デクライン", "decline"), Map.entry("フラット", "flat"),
            Map.entry("フロント", "front"), Map.entry("バック", "back"), Map.entry("サイド", "lateral"),
            Map.entry("ラテラル", "lateral"), Map.entry("リア", "rear"), Map.entry("オーバーヘッド", "overhead"),
            Map.entry("ベントオーバー", "bent over"), Map.entry("アップライト", "upright"), Map.entry("シーテッド", "seated"),
            Map.entry("スタンディング", "standing"), Map.entry("ライイング", "lying"), Map.entry("ハンギング", "hanging"),
            Map.entry("ニーリング", "kneeling"), Map.entry("ルーマニアン", "romanian"), Map.entry("スティッフレッグ", "stiff leg"),
            Map.entry("ブルガリアン", "bulgarian"), Map.entry("スプリット", "split"), Map.entry("スモウ", "sumo"),
            Map.entry("スモー", "sumo"), Map.entry("ハック", "hack"), Map.entry("ゴブレット", "goblet"),
            Map.entry("ワイド", "wide"), Map.entry("ナロー", "narrow"), Map.entry("クローズ", "close"),
            Map.entry("グリップ", "grip"), Map.entry("リバース", "reverse"), Map.entry("ハンマー", "hammer"),
            Map.entry("プリーチャー", "preacher"), Map.entry("コンセントレーション", "concentration"),
            Map.entry("アーノルド", "arnold"), Map.entry("ミリタリー", "military"), Map.entry("フレンチ", "french"),
            Map.entry("ワンハンド", "single arm"), Map.entry("ワンアーム", "single arm"), Map.entry("シングル", "single"),
            Map.entry("ワンレッグ", "single leg"), Map.entry("オルタネイト", "alternating"), Map.entry("ペンドレー", "pendlay"),
            Map.entry("レッグ", "leg"), Map.entry("アーム", "arm"), Map.entry("チェスト", "chest"),
            Map.entry("ショルダー", "shoulder"), Map.entry("ラット", "lat"), Map.entry("ヒップ", "hip"),
            Map.entry("グルート", "glute"), Map.entry("カーフ", "calf"), Map.entry("ハムストリング", "hamstring"),
            Map.entry("トライセプス", "tricep"), Map.entry("トライセップス", "tricep"), Map.entry("バイセプス", "bicep"),
            Map.entry("バイセップス", "bicep"), Map.entry("リスト", "wrist"), Map.entry("ネック", "neck"),
            Map.entry("アブ", "ab"), Map.entry("ニー", "knee"), Map.entry("トゥ", "toe"), Map.entry("ヒール", "heel"),
            Map.entry("デルト", "delt"), Map.entry("ペック", "pec"), Map.entry("フェイス", "face"), Map.entry("プル", "pull"),
            Map.entry("プッシュ", "push"), Map.entry("アップ", "up"), Map.entry("ダウン", "down"),
            Map.entry("ロシアン", "russian"), Map.entry("ファーマーズ", "farmer"), Map.entry("ファーマー", "farmer"),
            Map.entry("パラレル", "parallel"), Map.entry("ストレートアーム", "straight arm"),
            // kanji words with no loanword
            Map.entry("懸垂", "pull up"), Map.entry("腕立て伏せ", "push up"), Map.entry("腕立て", "push up"));

    private static final int LONGEST = LOANWORDS.keySet().stream().mapToInt(String::length).max().orElse(1);

    static boolean isKana(char c) {
        return (c >= '\u30A0' && c <= '\u30FF') || (c >= '\u3040' && c <= '\u309F');
    }

    static boolean isKanaOrKanji(char c) {
        return isKana(c) || (c >= '\u4E00' && c <= '\u9FFF');
    }

    /** A word in kana/kanji as English loanword tokens joined by spaces, unknown runs kept as they are. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder();
        StringBuilder unknown = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            String hit = null;
            for (int len = Math.min(LONGEST, word.length() - i); len >= 1 && hit == null; len--) {
                hit = LOANWORDS.get(word.substring(i, i + len));
                if (hit != null) {
                    flush(unknown, out);
                    out.append(out.length() > 0 ? " " : "").append(hit);
                    i += len;
                }
            }
            if (hit == null) {
                unknown.append(word.charAt(i++));
            }
        }
        flush(unknown, out);
        return out.toString();
    }

    private static void flush(StringBuilder unknown, StringBuilder out) {
        if (unknown.length() > 0) {
            out.append(out.length() > 0 ? " " : "").append(unknown);
            unknown.setLength(0);
        }
    }
}
