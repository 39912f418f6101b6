"""Japanese rule table.

Japanese sets no spaces between its words, so a line's words cannot be told
apart and the table has no stopwords: prose is judged by its length and
punctuation, as in a language without a table.  Labels, bylines (``文：``,
``記者：``), credits (``写真：``) and dates (``2020年2月20日``) are read.
"""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="ja",
    name="Japanese",
    stopwords=frozenset(),
    writes_spaces=False,
    lines={
        "share": ("シェア", "シェアする", "ツイート", "ポスト", "いいね", "いいね！", "はてなブックマーク", "はてブ",
                  "lineで送る", "ブックマーク", "印刷", "リンクをコピー", "共有", "保存"),
        "comments": ("コメント", "コメントする", "コメントを書く", "コメントを見る", "コメント一覧", "返信"),
        "newsletter": ("メールマガジン", "メルマガ", "メルマガ登録", "ニュースレター", "ニュースレター登録"),
        "advertisement": ("広告", "スポンサーリンク", "スポンサー"),
        "cookie": ("同意する", "同意します"),
        "paywall": ("有料会員限定", "会員限定記事", "続きを読むには", "有料記事"),
        "navigation": ("ホーム", "トップ", "トップページ", "前の記事", "次の記事", "前へ", "次へ", "もっと見る",
                       "一覧へ", "記事一覧", "検索", "ログイン", "新規登録", "メニュー", "カテゴリー", "タグ",
                       "ページトップへ", "トップへ戻る", "ページの先頭へ", "目次"),
        "footer": ("会社概要", "お問い合わせ", "プライバシーポリシー", "個人情報保護方針", "利用規約", "サイトマップ",
                   "運営会社", "著作権について", "広告掲載", "免責事項"),
        "other": ("続きを読む", "もっと読む", "拡大する", "写真を拡大"),
        "related": ("関連記事", "関連ニュース", "関連リンク", "おすすめ記事", "おすすめ", "人気記事", "人気の記事",
                    "あわせて読みたい", "合わせて読みたい", "こちらの記事も合わせてどうぞ", "こちらもおすすめ",
                    "この記事を読んだ人はこんな記事も読んでいます", "注目記事", "新着記事", "最新記事", "ランキング",
                    "アクセスランキング"),
    },
    prefixes={
        "related": (r"関連(?:記事|ニュース)", r"(?:あわせて|合わせて)読みたい"),
        "comments": (r"\d{1,7}\s*件のコメント", r"コメント\s*\(\d{1,7}\)"),
        "footer": (common.COPYRIGHT_NOTICE, r"無断転載", r"無断複製"),
        "navigation": (r"ホーム\s*[>＞]",),
    },
    author_labels=("著者プロフィール", "この記事を書いた人", "筆者プロフィール", "プロフィール"),
    recipe_ingredients=("材料",),
    recipe_steps=("作り方",),
    byline_markers=("文", "記者", "筆者", "著者", "執筆者", "執筆", "取材・文", "編集", "寄稿"),
    name_joiners=("、",),  # (not "・", which joins a foreign name's parts: ジョン・スミス)
    agency_joiners=(),
    newsroom_names=("編集部",),
    byline_titles=("記者", "編集委員", "特派員", "論説委員"),
    # "【ワシントン＝山田太郎】": the place and the reporter in lenticular brackets
    byline_ledes=(r"【[^＝=【】]{1,20}[＝=](?P<names>[^＝=【】]{2,20})】",),
    credit_markers=(r"写真", r"撮影", r"画像", r"出典", r"提供", r"画像提供", r"写真提供"),
    caption_markers=("キャプション",),
    weekdays=("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
    months={
        "一月": 1, "二月": 2, "三月": 3, "四月": 4, "五月": 5, "六月": 6, "七月": 7, "八月": 8, "九月": 9,
        "十月": 10, "十一月": 11, "十二月": 12,
    },
    published_words=("公開日", "投稿日", "掲載日", "配信日", "公開", "投稿", "配信"),
    updated_words=("更新日", "最終更新日", "更新", "最終更新"),
    title_echoes=(),
    post_notes=(),
    relative_time=(r"\d{1,7}\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前", r"昨日", r"今日"),
    contributors=(),
)
