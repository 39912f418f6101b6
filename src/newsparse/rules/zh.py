"""Chinese rule table (simplified and traditional characters).

Chinese sets no spaces between its words, so a line's words cannot be told
apart and the table has no stopwords: prose is judged by its length and
punctuation, as in a language without a table.  Labels, bylines (``作者：``,
``责任编辑：``), credits (``图片来源：``) and dates (``2020年02月20日``) are read.
"""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="zh",
    name="Chinese",
    stopwords=frozenset(),
    writes_spaces=False,
    lines={
        "share": ("分享", "分享到", "分享到：", "一键分享", "微信", "微博", "新浪微博", "腾讯微博", "qq空间", "qq好友",
                  "朋友圈", "微信朋友圈", "扫一扫", "转发", "收藏", "复制链接", "打印", "打印本页", "分享至", "分享給", "分享到微信"),
        "comments": ("评论", "评论区", "发表评论", "我要评论", "网友评论", "查看评论", "查看更多评论", "回复", "留言",
                     "評論", "發表評論", "網友評論"),
        "newsletter": ("订阅", "訂閱", "免费订阅"),
        "advertisement": ("广告", "廣告", "推广", "赞助内容"),
        "cookie": ("接受", "同意", "我同意"),
        "paywall": ("订阅后阅读全文", "开通会员"),
        "navigation": ("首页", "返回首页", "返回顶部", "回到顶部", "上一篇", "下一篇", "上一页", "下一页", "更多",
                       "查看更多", "点击查看更多", "加载更多", "搜索", "登录", "注册", "登入", "首頁", "回到頂部",
                       "上一篇：", "下一篇：", "当前位置：", "您的位置：", "目录"),
        "footer": ("关于我们", "联系我们", "版权声明", "隐私政策", "网站地图", "免责声明", "法律声明", "加入我们",
                   "广告服务", "意见反馈", "關於我們", "聯絡我們", "隱私權政策", "版權所有"),
        "other": ("纠错", "【纠错】", "图集", "字号", "打开app", "打开app阅读"),
        "related": ("相关新闻", "相关阅读", "相关文章", "相关推荐", "相关链接", "推荐阅读", "热门推荐", "热门文章",
                    "热点新闻", "热点推荐", "延伸阅读", "猜你喜欢", "你可能感兴趣", "精彩推荐", "最新文章", "最新新闻",
                    "相關新聞", "相關閱讀", "延伸閱讀", "推薦閱讀", "熱門文章", "熱門新聞"),
    },
    prefixes={
        "related": (r"相关(?:新闻|阅读|文章|推荐)", r"相關(?:新聞|閱讀|文章)", r"延伸阅读", r"延伸閱讀"),
        "share": (r"分享到",),
        "comments": (r"\d{1,7}\s*条评论", r"\d{1,7}\s*則留言"),
        "footer": (common.COPYRIGHT_NOTICE, r"版权所有", r"版權所有", r"未经(?:许可|授权)", r"未經(?:許可|授權)"),
        "navigation": (r"当前位置\s*[:：]", r"您的位置\s*[:：]", r"您现在的位置\s*[:：]"),
    },
    author_labels=("作者简介", "关于作者", "作者簡介"),
    recipe_ingredients=("食材", "材料", "用料"),
    recipe_steps=("做法", "步骤", "做法步骤"),
    byline_markers=("作者", "记者", "撰文", "撰稿", "编辑", "责任编辑", "责编", "文", "記者", "編輯", "責任編輯"),
    name_joiners=("、", "和", "与"),  # (a mark joins names set apart by no space: "张三、李四")
    agency_joiners=("和",),
    newsroom_names=("本报记者", "本刊编辑部"),
    byline_titles=("记者", "通讯员", "特约记者", "实习生", "記者"),
    # "新华社北京2月20日电（记者 李四 王五）", "本报讯（记者：张三）": the agency's dispatch, the reporters
    byline_ledes=(
        r"(?:(?P<agency>[^\s（(，,。]{2,6}社)[^（(，,。]{0,30}?[电電]|本[报報]讯|本[报報]訊)\s?[（(]\s?(?:记者|記者)\s?[:：]?\s?(?P<names>[^（()）]{2,30})[）)]",
    ),
    credit_markers=(r"图片来源", r"图片", r"图源", r"摄影", r"图", r"圖片來源", r"圖片", r"攝影"),
    caption_markers=("图注", "圖說"),
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
              "周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    months={
        "一月": 1, "二月": 2, "三月": 3, "四月": 4, "五月": 5, "六月": 6, "七月": 7, "八月": 8, "九月": 9,
        "十月": 10, "十一月": 11, "十二月": 12,
    },
    published_words=("发布时间", "发布于", "发表于", "发布日期", "發布時間", "發佈時間", "發表於"),
    updated_words=("更新时间", "更新于", "最后更新", "更新時間", "最後更新"),
    title_echoes=(),
    post_notes=(),
    relative_time=(r"\d{1,7}\s*(?:秒|分钟|分鐘|小时|小時|天|周|个月|年)前", r"刚刚", r"剛剛", r"昨天"),
    contributors=(),
)
